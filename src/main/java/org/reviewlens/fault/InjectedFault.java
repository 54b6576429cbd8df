package org.reviewlens.fault;

/**
 * The exception a {@link FaultAction#THROW} fault throws. It is an {@link IllegalArgumentException}
 * because that is what most of the tool's own checks, and Tablesaw's, throw on a bug, so the fault
 * tests see how such a bug is reported.
 */
public final class InjectedFault extends IllegalArgumentException {
  public InjectedFault(String message) {
    super(message);
  }
}
