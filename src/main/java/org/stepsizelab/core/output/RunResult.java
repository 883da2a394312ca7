package org.stepsizelab.core.output;

import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;

/**
 * A finished run as the output writers see it.
 *
 * @param trainer the trainer after the run (its data, W0, constants and phases)
 * @param last the last record measured (the final weights, or the step that diverged)
 */
public record RunResult(RunConfig config, DataSplit data, Trainer trainer, RunOutcome outcome, StepRecord last) {
}
