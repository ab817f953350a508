package com.example.it;

/** Hand-written code that uses a generated record, so the module is more than package-info. */
public final class Use {
  private Use() {}

  public static String name() {
    return Thing.type().name();
  }
}
