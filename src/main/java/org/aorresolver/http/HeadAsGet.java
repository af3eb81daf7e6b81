package org.aorresolver.http;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * HEAD is answered as GET without the body, on every route: the application sees a GET, so the
 * status and headers (Content-Type, ETag, Content-Security-Policy, a 400 for bad parameters) are
 * the same; the web server, which still knows the request was HEAD, sends no body.
 */
final class HeadAsGet extends Handler.Wrapper {

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (HttpMethod.HEAD.is(request.getMethod())) {
      return super.handle(new AsGet(request), response, callback);
    }
    return super.handle(request, response, callback);
  }

  /** The method the client sent, HEAD included. */
  static String method(Request request) {
    return Request.unWrap(request).getMethod();
  }

  private static final class AsGet extends Request.Wrapper {
    AsGet(Request head) {
      super(head);
    }

    @Override
    public String getMethod() {
      return HttpMethod.GET.asString();
    }
  }
}
