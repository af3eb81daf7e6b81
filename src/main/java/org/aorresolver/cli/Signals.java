package org.aorresolver.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGHUP reloads the geodata. The JDK's only signal API is {@code sun.misc.Signal} (module
 * jdk.unsupported), reached here by reflection so that the build stays free of internal-API
 * warnings; where it is missing, SIGHUP is simply not handled and {@code POST /admin/reload}
 * remains. A process started with SIGHUP ignored keeps it ignored, and says so at start.
 */
final class Signals {
  private static final Logger LOG = LoggerFactory.getLogger(Signals.class);

  /**
   * Said when the process was started with SIGHUP ignored (under {@code nohup}, or a shell's {@code
   * trap '' HUP}): the JVM then leaves it ignored, and installs no handler.
   */
  static final String IGNORED =
      "SIGHUP is ignored by this process (started under nohup?): kill -HUP will not reload the"
          + " geodata; reload with POST /admin/reload (see --admin-token-file), or start the"
          + " service without nohup";

  private Signals() {}

  static void onHangup(Runnable action) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      InvocationHandler call =
          (proxy, method, args) -> {
            if ("handle".equals(method.getName())) {
              new Thread(action, "reload").start();
            }
            return null;
          };
      Object proxy =
          Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handler}, call);
      Object previous =
          signal
              .getMethod("handle", signal, handler)
              .invoke(null, signal.getConstructor(String.class).newInstance("HUP"), proxy);
      if (previous == handler.getField("SIG_IGN").get(null)) {
        LOG.warn(IGNORED);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("SIGHUP reload unavailable on this JVM ({}); use POST /admin/reload", e.toString());
    }
  }
}
