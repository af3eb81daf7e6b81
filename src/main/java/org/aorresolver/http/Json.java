package org.aorresolver.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.aorresolver.http.lookup.FlatContacts;

/**
 * The one JSON configuration of the service: nulls left out, enums as their lower-case names,
 * directory entries' contacts written flat ({@link FlatContacts}).
 */
public final class Json {
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
          .registerModule(new SimpleModule().setSerializerModifier(new FlatContacts()));

  private Json() {}
}
