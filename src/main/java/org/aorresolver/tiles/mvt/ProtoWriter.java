package org.aorresolver.tiles.mvt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the few Protocol Buffers constructs a vector tile needs: varints, length-delimited fields
 * (strings, nested messages) and packed repeated uint32. Not thread-safe; one per message.
 */
final class ProtoWriter {
  static final int WIRE_VARINT = 0;
  static final int WIRE_LENGTH_DELIMITED = 2;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** An unsigned base-128 varint, least significant group first. */
  ProtoWriter varint(long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      out.write((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
    return this;
  }

  /** A field key: field number and wire type. */
  ProtoWriter key(int field, int wireType) {
    return varint(((long) field << 3) | wireType);
  }

  /** A uint32 field; {@code value} is read as unsigned. */
  ProtoWriter uint32(int field, int value) {
    return key(field, WIRE_VARINT).varint(Integer.toUnsignedLong(value));
  }

  ProtoWriter bytes(int field, byte[] value) {
    key(field, WIRE_LENGTH_DELIMITED).varint(value.length);
    out.writeBytes(value);
    return this;
  }

  ProtoWriter string(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  /** A packed repeated uint32 field; nothing is written for no values. */
  ProtoWriter packedUint32(int field, int[] values) {
    if (values.length == 0) {
      return this;
    }
    ProtoWriter packed = new ProtoWriter();
    for (int v : values) {
      packed.varint(Integer.toUnsignedLong(v));
    }
    return bytes(field, packed.toByteArray());
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  /** ZigZag encoding of a signed 32-bit integer: 0, -1, 1, -2 become 0, 1, 2, 3. */
  static int zigzag(int value) {
    return (value << 1) ^ (value >> 31);
  }
}
