package org.aorresolver.tiles.mvt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one Mapbox Vector Tile (specification 2.1): named layers in the order first used, each
 * with its features, its shared {@code keys} and {@code values} tables and an extent of {@value
 * #EXTENT}. Property values are strings; null values are left out. A feature whose geometry is
 * empty is skipped, and a layer without features is not written, so a tile with nothing in it
 * encodes to zero bytes. Not thread-safe; one per tile.
 */
public final class VectorTileEncoder {
  public static final int EXTENT = 4096;
  static final int VERSION = 2;

  /** The geometry types of {@code Tile.GeomType} used here, with their enum numbers. */
  public enum GeomType {
    POINT(1),
    POLYGON(3);

    final int number;

    GeomType(int number) {
      this.number = number;
    }
  }

  private final Map<String, Layer> layers = new LinkedHashMap<>();

  /** Adds a feature, unless {@code geometry} (command integers) is empty. */
  public VectorTileEncoder add(
      String layer, GeomType type, int[] geometry, Map<String, String> properties) {
    if (geometry.length > 0) {
      layers.computeIfAbsent(layer, Layer::new).add(type, geometry, properties);
    }
    return this;
  }

  public boolean isEmpty() {
    return layers.isEmpty();
  }

  /** The tile as Protocol Buffers bytes: {@code Tile.layers} is field 3. */
  public byte[] encode() {
    ProtoWriter tile = new ProtoWriter();
    for (Layer layer : layers.values()) {
      tile.bytes(3, layer.encode());
    }
    return tile.toByteArray();
  }

  private static final class Layer {
    private final String name;
    private final List<byte[]> features = new ArrayList<>();
    private final Map<String, Integer> keys = new LinkedHashMap<>();
    private final Map<String, Integer> values = new LinkedHashMap<>();

    Layer(String name) {
      this.name = name;
    }

    /** {@code Feature}: tags = 2 (packed key and value indexes), type = 3, geometry = 4. */
    void add(GeomType type, int[] geometry, Map<String, String> properties) {
      List<Integer> tags = new ArrayList<>();
      properties.forEach(
          (key, value) -> {
            if (value != null) {
              tags.add(keys.computeIfAbsent(key, k -> keys.size()));
              tags.add(values.computeIfAbsent(value, v -> values.size()));
            }
          });
      ProtoWriter feature = new ProtoWriter();
      feature.packedUint32(2, tags.stream().mapToInt(Integer::intValue).toArray());
      feature.uint32(3, type.number);
      feature.packedUint32(4, geometry);
      features.add(feature.toByteArray());
    }

    /**
     * {@code Layer}: version = 15 (written first, as the specification recommends), name = 1,
     * features = 2, keys = 3, values = 4 (each a {@code Value} with string_value = 1), extent = 5.
     */
    byte[] encode() {
      ProtoWriter layer = new ProtoWriter();
      layer.uint32(15, VERSION);
      layer.string(1, name);
      features.forEach(f -> layer.bytes(2, f));
      keys.keySet().forEach(k -> layer.string(3, k));
      values.keySet().forEach(v -> layer.bytes(4, new ProtoWriter().string(1, v).toByteArray()));
      layer.uint32(5, EXTENT);
      return layer.toByteArray();
    }
  }
}
