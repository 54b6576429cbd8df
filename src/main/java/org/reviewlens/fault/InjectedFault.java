package org.reviewlens.fault;

/** The exception a {@link FaultAction#THROW} fault throws. */
public final class InjectedFault extends RuntimeException {
  public InjectedFault(String message) {
    super(message);
  }
}
