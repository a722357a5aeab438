package org.recumbent.it.tofix;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Marks a test of a known bug: it passes while the test fails with an {@link AssertionError}, and
 * fails once the bug is fixed, so the test is moved out of {@code tofix} and the bug stays fixed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(FailureExpected.Interceptor.class)
@interface FailureExpected {

  /** What is wrong and where it must be fixed. */
  String value();

  /** Inverts the outcome of the annotated test. */
  final class Interceptor implements InvocationInterceptor {
    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
        ExtensionContext extension) throws Throwable {
      try {
        invocation.proceed();
      } catch (AssertionError expected) {
        return;
      }
      throw new AssertionError("known bug fixed? '" + context.getExecutable().getName() + "' now passes ("
          + context.getExecutable().getAnnotation(FailureExpected.class).value()
          + "); move it out of the tofix package and drop @FailureExpected");
    }
  }
}
