package org.stepsizelab.app.view;

import javafx.scene.Node;

/** Tooltip texts for every number on screen: what it is, its formula, where in the paper. */
final class Tips {
    private Tips() {}

    static final String ETA = "Stepsize η of full-batch gradient descent: w_{t+1} = w_t − η∇L(w_t).\n"
            + "Large η (here up to 10⁶) gives the edge-of-stability phase first (paper §2, Fig. 2).\n"
            + "Slider on a log scale 1e−3 … 1e6; type any value > 0 in the field.";
    static final String ETA_OVER_M = "η/m: the stepsize per neuron. With the mean-field scaling b/m the\n"
            + "effective step of one neuron is η/m (paper §2).";
    static final String WIDTH = "Width m: the number of hidden neurons of f(w;x) = (b/m) Σ_j a_j φ(w_jᵀx),\n"
            + "a_j = ±1 fixed (docs/MATH.md §1); for the MLP, the width of every hidden layer.\n"
            + "Slider on a log scale 1 … 1024.";
    static final String MODEL = "The network (docs/MATH.md §6): two-layer, the paper's f(w;x) = (b/m) Σ_j a_j φ(w_jᵀx)\n"
            + "with a_j = ±1 fixed and only w trained; or mlp, f(w;x) = w_Lᵀ φ(W_{L−1} ⋯ φ(W_1 x)),\n"
            + "no biases, every layer trained, W_l ~ N(0, σ²/fan_in). The two-layer theorems'\n"
            + "constants (ρ, β, the thresholds) do not apply to the MLP: THEORY says so.";
    static final String DEPTH = "Depth L of the MLP: the number of trained weight matrices W_1 … W_L\n"
            + "(L − 1 hidden layers). Blank: 3.";
    static final String WIDTHS = "Hidden widths d_1 … d_{L−1} of the MLP as a list, e.g. 200,100,50 (then L = 4).\n"
            + "Blank: every hidden layer m wide.";
    static final String MARGIN_POWER = "M of the MLP's normalized margin γ̄(w) = min_i y_i f(w; x_i) / ‖w‖^M,\n"
            + "‖w‖ the Frobenius norm over all layers. Blank: M = L (f is L-homogeneous\n"
            + "when φ is). The two-layer net always uses M = 1. The margin chart's axis names M.";
    static final String LEAK = "Leak c of the activation φ(z) = c·z + (1 − c)·ψ(z), 0 ≤ c < 1.\n"
            + "c > 0 makes φ' ≥ c > 0 (α = c in the paper's Assumption 2; needed by Thm 3.2).";
    static final String HUBER = "Width h of the Huberized ReLU: quadratic on [0, h], linear beyond.";
    static final String ACTIVATION = "Base nonlinearity ψ of φ(z) = c·z + (1 − c)·ψ(z) (docs/MATH.md §3).";
    static final String LOSS = "Per-sample loss ℓ(q) of the margin q = y·f(x): logistic log(1 + e^{−q})\n"
            + "or exponential e^{−q}. L(w) = (1/n) Σ_i ℓ(y_i f(w; x_i)).";
    static final String STEPS = "Steps T: the run measures w_0 … w_T (T updates).";
    static final String SEED = "Seed of the initialisation w_0 ~ N(0, σ²) (and of generated data):\n"
            + "the same seed and parameters give a bit-identical run.";
    static final String INIT = "Initialisation scale σ: entries of w_0 are N(0, σ²) (MLP: W_l ~ N(0, σ²/fan_in)).";
    static final String DATASET = "The training set; features scaled so max‖x_i‖ = 1 (docs/MATH.md §1).";
    static final String N = "Number of training points n.";
    static final String DIM = "Dimension d of the points.";
    static final String MARGIN_DATA = "Data margin γ: the points are linearly separable through the origin\n"
            + "with margin γ (the separability Thm 3.2 and Thm 4.1 assume).";
    static final String NOISE = "Standard deviation of the Gaussian noise added to each coordinate.";
    static final String CLASSES = "Which classes become y = +1 and y = −1, e.g. 3,5.";
    static final String TEST_N = "Held-out test points (0: no split). With a split, the accuracy chart\n"
            + "shows train and test.";
    static final String APPLY_ETA = "When on, changing η does not restart: the new η applies to the\n"
            + "running trajectory from the next update on (Trainer.setEta), marked on the charts.";

    static final String STEP = "Current step t of T (the record of w_t).";
    static final String RATE = "Gradient-descent steps per second on the background worker.";
    static final String PHASE = "Phase (docs/MATH.md §4): the EoS phase is [0, s*), s* = the step after the last\n"
            + "rise of the loss so far; the stable phase is [s*, t]. Theorem 2.2 guarantees a monotone\n"
            + "loss from the first step with L ≤ 1/(η(2ρ² + β)) (marked on the loss chart).";
    static final String LOSS_VALUE = "Training loss L(w_t) = (1/n) Σ_i ℓ(y_i f(w_t; x_i)); Θ(1/t) in the stable\n"
            + "phase (Thm 2.2).";
    static final String NORM = "Parameter norm ‖w_t‖ (Frobenius); grows like log t in the stable phase\n"
            + "(Thm 2.2).";
    static final String MARGIN = "Normalized margin γ̄(w_t) = min_i y_i f(w_t; x_i) / ‖w_t‖^M (M = 1 for the two-layer\n"
            + "net, L for an MLP); positive and nearly increasing in the stable phase (Thm 2.2, §2.2).";
    static final String ACCURACY = "Fraction of training points with y_i f(w_t; x_i) > 0.";
    static final String PROGRESS = "How far the run is: t / T.";

    /** Gives the node this explanation as its tooltip (made on the first hover), or changes it. */
    static void on(Node node, String text) {
        LazyTooltip.install(node, text, LazyTooltip.EXPLANATION);
    }
}
