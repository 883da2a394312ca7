/**
 * The networks gradient descent trains. {@link org.stepsizelab.core.model.Model} is the one
 * interface (layers, θ₀, predict, loss + gradient, Hessian-vector product, margin power);
 * {@link org.stepsizelab.core.model.TwoLayerNet} is the one file that defines the paper's
 * f(W; x) = (b/m) Σ_j a_j φ(w_jᵀx); {@link org.stepsizelab.core.model.Models} maps the config key
 * {@code model} to a factory (a new network adds one line there).
 *
 * <p>How a training is opened and driven is {@link org.stepsizelab.core.training}.
 */
package org.stepsizelab.core.model;
