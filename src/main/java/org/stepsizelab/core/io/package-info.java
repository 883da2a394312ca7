/**
 * Files written atomically (a temporary file moved into place) and the history CSV reader/writer, with
 * the I/O errors turned into one-line messages.
 *
 * <p>Depends on {@code core} only; must not depend on the front ends.
 */
package org.stepsizelab.core.io;
