package org.aorresolver.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGHUP reloads the geodata. The JDK's only signal API is {@code sun.misc.Signal} (module
 * jdk.unsupported), reached here by reflection so that the build stays free of internal-API
 * warnings; where it is missing, SIGHUP is simply not handled and {@code POST /admin/reload}
 * remains.
 */
final class Signals {
  private static final Logger LOG = LoggerFactory.getLogger(Signals.class);

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
      signal
          .getMethod("handle", signal, handler)
          .invoke(null, signal.getConstructor(String.class).newInstance("HUP"), proxy);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("SIGHUP reload unavailable on this JVM ({}); use POST /admin/reload", e.toString());
    }
  }
}
