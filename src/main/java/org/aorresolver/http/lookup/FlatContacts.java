package org.aorresolver.http.lookup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aorresolver.office.CheckinOffice;
import org.aorresolver.office.CheckinRef;
import org.aorresolver.office.Contact;
import org.aorresolver.office.NearbyOffice;

/**
 * Writes the {@link Contact} of a directory entry flat into the entry's object, as the API always
 * has: the code (named {@code id} for check-in offices), {@code name}, a check-in office's field
 * {@code office}, then {@code street}, {@code city}, {@code state}, {@code zip} and {@code phone},
 * leaving out what is null. An office that an answer only names ({@code office}, a candidate's
 * {@code office}) stays an object of its own.
 */
public final class FlatContacts extends BeanSerializerModifier {
  private static final long serialVersionUID = 1L;

  /** The entries written flat, each with the name of its contact's code. */
  private static final Map<Class<?>, String> CODE_NAMES =
      Map.of(
          NearbyOffice.class, "code",
          OfficeRoutes.OfficeView.class, "code",
          CheckinOffice.class, "id",
          CheckinRef.class, "id");

  @Override
  public List<BeanPropertyWriter> changeProperties(
      SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
    String codeName = CODE_NAMES.get(bean.getBeanClass());
    if (codeName == null) {
      return properties;
    }
    List<BeanPropertyWriter> out = new ArrayList<>(properties);
    BeanPropertyWriter office = null;
    if (codeName.equals("id")) {
      office = out.stream().filter(p -> p.getName().equals("office")).findFirst().orElseThrow();
      out.remove(office);
    }
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).getType().hasRawClass(Contact.class)) {
        out.set(i, new Flat(out.get(i), codeName, office));
      }
    }
    return out;
  }

  /** A contact's members in place of the contact, with the entry's field office after the name. */
  private static final class Flat extends BeanPropertyWriter {
    private static final long serialVersionUID = 1L;

    private final String codeName;
    private final BeanPropertyWriter afterName;

    Flat(BeanPropertyWriter contact, String codeName, BeanPropertyWriter afterName) {
      super(contact);
      this.codeName = codeName;
      this.afterName = afterName;
    }

    @Override
    public void serializeAsField(Object entry, JsonGenerator json, SerializerProvider provider)
        throws Exception {
      Contact c = (Contact) get(entry);
      if (c == null) {
        return;
      }
      field(json, codeName, c.code());
      field(json, "name", c.name());
      if (afterName != null) {
        afterName.serializeAsField(entry, json, provider);
      }
      field(json, "street", c.street());
      field(json, "city", c.city());
      field(json, "state", c.state());
      field(json, "zip", c.zip());
      field(json, "phone", c.phone());
    }

    private static void field(JsonGenerator json, String name, String value) throws IOException {
      if (value != null) {
        json.writeStringField(name, value);
      }
    }
  }
}
