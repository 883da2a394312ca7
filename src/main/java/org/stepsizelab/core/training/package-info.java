/**
 * Opening and driving a training: {@link org.stepsizelab.core.training.Training#open} builds data,
 * kernel, network ({@code core.model.Models}) and trainer from a {@code RunConfig};
 * {@link org.stepsizelab.core.training.Training#run} is the one run loop, driven by a
 * {@link org.stepsizelab.core.training.RunControl} (pause, step ×k, new η, cancel) and observed by
 * a {@link org.stepsizelab.core.training.RunObserver}. The command line, sweeps, bench, theory and
 * the app's worker all go through here; nothing else loops over {@code Trainer.advance()}.
 */
package org.stepsizelab.core.training;
