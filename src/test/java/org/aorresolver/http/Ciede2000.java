package org.aorresolver.http;

/**
 * The CIEDE2000 colour difference (CIE 142-2001) between sRGB colours, through CIELAB with the D65
 * white: about 1 is the smallest difference people see side by side, 10 and more is plain.
 */
final class Ciede2000 {
  private Ciede2000() {}

  /** The difference between two sRGB colours, e.g. {@code #cfdde6}. */
  static double difference(String rgb1, String rgb2) {
    return difference(lab(rgb1), lab(rgb2));
  }

  /** CIELAB L*, a*, b* of an sRGB colour written {@code #rrggbb}. */
  static double[] lab(String rgb) {
    int v = Integer.parseInt(rgb.substring(1), 16);
    double r = linear((v >> 16) & 0xff);
    double g = linear((v >> 8) & 0xff);
    double b = linear(v & 0xff);
    double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    double fx = f(x);
    double fy = f(y);
    double fz = f(z);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  /** The difference between two CIELAB colours. */
  static double difference(double[] lab1, double[] lab2) {
    double c1 = Math.hypot(lab1[1], lab1[2]);
    double c2 = Math.hypot(lab2[1], lab2[2]);
    double cMean7 = Math.pow((c1 + c2) / 2, 7);
    double g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + Math.pow(25, 7))));
    double a1 = (1 + g) * lab1[1];
    double a2 = (1 + g) * lab2[1];
    double c1p = Math.hypot(a1, lab1[2]);
    double c2p = Math.hypot(a2, lab2[2]);
    double h1 = hue(a1, lab1[2]);
    double h2 = hue(a2, lab2[2]);
    double dh = c1p * c2p == 0 ? 0 : h2 - h1;
    if (dh > 180) {
      dh -= 360;
    } else if (dh < -180) {
      dh += 360;
    }
    double dL = lab2[0] - lab1[0];
    double dC = c2p - c1p;
    double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
    double lMean = (lab1[0] + lab2[0]) / 2;
    double cpMean = (c1p + c2p) / 2;
    double hMean = meanHue(h1, h2, c1p * c2p);
    double t =
        1
            - 0.17 * Math.cos(Math.toRadians(hMean - 30))
            + 0.24 * Math.cos(Math.toRadians(2 * hMean))
            + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6))
            - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
    double theta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
    double cpMean7 = Math.pow(cpMean, 7);
    double rc = 2 * Math.sqrt(cpMean7 / (cpMean7 + Math.pow(25, 7)));
    double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
    double sc = 1 + 0.045 * cpMean;
    double sh = 1 + 0.015 * cpMean * t;
    double rt = -Math.sin(Math.toRadians(2 * theta)) * rc;
    double l = dL / sl;
    double c = dC / sc;
    double h = dH / sh;
    return Math.sqrt(l * l + c * c + h * h + rt * c * h);
  }

  private static double hue(double a, double b) {
    if (a == 0 && b == 0) {
      return 0;
    }
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }

  private static double meanHue(double h1, double h2, double chromaProduct) {
    if (chromaProduct == 0) {
      return h1 + h2;
    }
    if (Math.abs(h1 - h2) <= 180) {
      return (h1 + h2) / 2;
    }
    return h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static double f(double t) {
    double d = 6.0 / 29;
    return t > d * d * d ? Math.cbrt(t) : t / (3 * d * d) + 4.0 / 29;
  }
}
