package org.aorresolver.tiles.mvt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Protocol Buffers encoding against bytes worked out by hand from the encoding guide. */
class ProtoWriterTest {

  @Test
  void varintsUseSevenBitGroupsLeastSignificantFirst() {
    assertThat(new ProtoWriter().varint(0).toByteArray()).containsExactly(0x00);
    assertThat(new ProtoWriter().varint(1).toByteArray()).containsExactly(0x01);
    assertThat(new ProtoWriter().varint(127).toByteArray()).containsExactly(0x7F);
    assertThat(new ProtoWriter().varint(128).toByteArray()).containsExactly(0x80, 0x01);
    assertThat(new ProtoWriter().varint(300).toByteArray()).containsExactly(0xAC, 0x02);
    assertThat(new ProtoWriter().varint(4096).toByteArray()).containsExactly(0x80, 0x20);
  }

  @Test
  void uint32IsWrittenAsUnsigned() {
    assertThat(new ProtoWriter().uint32(1, -1).toByteArray())
        .containsExactly(0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F);
  }

  @Test
  void zigzagMapsSmallMagnitudesToSmallNumbers() {
    assertThat(ProtoWriter.zigzag(0)).isEqualTo(0);
    assertThat(ProtoWriter.zigzag(-1)).isEqualTo(1);
    assertThat(ProtoWriter.zigzag(1)).isEqualTo(2);
    assertThat(ProtoWriter.zigzag(-2)).isEqualTo(3);
    assertThat(ProtoWriter.zigzag(25)).isEqualTo(50);
    assertThat(Integer.toUnsignedLong(ProtoWriter.zigzag(Integer.MAX_VALUE)))
        .isEqualTo(4294967294L);
    assertThat(Integer.toUnsignedLong(ProtoWriter.zigzag(Integer.MIN_VALUE)))
        .isEqualTo(4294967295L);
  }

  @Test
  void fieldKeysCombineFieldNumberAndWireType() {
    assertThat(new ProtoWriter().uint32(15, 2).toByteArray()).containsExactly(0x78, 0x02);
    assertThat(new ProtoWriter().string(1, "aor").toByteArray())
        .containsExactly(0x0A, 0x03, 'a', 'o', 'r');
  }

  @Test
  void packedRepeatedValuesAreOneLengthDelimitedField() {
    assertThat(new ProtoWriter().packedUint32(4, new int[] {9, 50, 34}).toByteArray())
        .containsExactly(0x22, 0x03, 9, 50, 34);
    assertThat(new ProtoWriter().packedUint32(4, new int[] {961}).toByteArray())
        .containsExactly(0x22, 0x02, 0xC1, 0x07);
    assertThat(new ProtoWriter().packedUint32(2, new int[0]).toByteArray()).isEmpty();
  }
}
