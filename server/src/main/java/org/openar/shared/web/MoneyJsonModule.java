package org.openar.shared.web;

import java.math.BigDecimal;
import org.openar.shared.error.OpenArException;
import org.openar.shared.error.SharedError;
import org.openar.shared.money.CurrencyCode;
import org.openar.shared.money.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON for money: {@code {"amount": "1234.50", "currency": "CNY"}}. Decimals travel as strings so no client turns
 * them into binary floating point; a currency is its ISO code.
 */
public class MoneyJsonModule extends SimpleModule {

  public MoneyJsonModule() {
    super("openar-money");
    addSerializer(BigDecimal.class, new DecimalSerializer());
    addDeserializer(BigDecimal.class, new DecimalDeserializer());
    addSerializer(CurrencyCode.class, new CurrencySerializer());
    addDeserializer(CurrencyCode.class, new CurrencyDeserializer());
    addSerializer(Money.class, new MoneySerializer());
    addDeserializer(Money.class, new MoneyDeserializer());
  }

  static final class DecimalSerializer extends ValueSerializer<BigDecimal> {
    @Override
    public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toPlainString());
    }
  }

  /** Accepts "12.30" and 12.30 but never exponent notation or blanks. */
  static final class DecimalDeserializer extends ValueDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return decimal(p.getText());
      }
      if (t == JsonToken.VALUE_STRING) {
        return decimal(p.getText());
      }
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      throw new OpenArException(SharedError.INVALID_AMOUNT, t == null ? "" : t.asString());
    }
  }

  static final class CurrencySerializer extends ValueSerializer<CurrencyCode> {
    @Override
    public void serialize(CurrencyCode value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.code());
    }
  }

  static final class CurrencyDeserializer extends ValueDeserializer<CurrencyCode> {
    @Override
    public CurrencyCode deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw new OpenArException(SharedError.UNKNOWN_CURRENCY, p.getText());
      }
      return CurrencyCode.of(p.getText().trim());
    }
  }

  static final class MoneySerializer extends ValueSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeStringProperty("amount", value.amount().toPlainString());
      gen.writeStringProperty("currency", value.currency().code());
      gen.writeEndObject();
    }
  }

  static final class MoneyDeserializer extends ValueDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode node = ctxt.readTree(p);
      if (node == null || !node.isObject()) {
        throw new OpenArException(SharedError.INVALID_AMOUNT, String.valueOf(node));
      }
      JsonNode amount = node.get("amount");
      JsonNode currency = node.get("currency");
      if (amount == null || amount.isNull()) {
        throw new OpenArException(SharedError.MISSING_FIELD, "amount").onField("amount");
      }
      if (currency == null || currency.isNull()) {
        throw new OpenArException(SharedError.MISSING_FIELD, "currency").onField("currency");
      }
      for (String name : node.propertyNames()) {
        if (!name.equals("amount") && !name.equals("currency")) {
          throw new OpenArException(SharedError.UNKNOWN_FIELD, name).onField(name);
        }
      }
      if (!currency.isString()) {
        throw new OpenArException(SharedError.UNKNOWN_CURRENCY, currency.toString()).onField("currency");
      }
      CurrencyCode code = CurrencyCode.of(currency.asString().trim());
      String text = amount.isNumber() ? amount.numberValue().toString() : amount.asString();
      return new Money(decimal(text), code);
    }
  }

  static BigDecimal decimal(String text) {
    if (text == null || !text.trim().matches("[-+]?\\d{1,15}(\\.\\d{1,12})?")) {
      throw new OpenArException(SharedError.INVALID_AMOUNT, String.valueOf(text));
    }
    return new BigDecimal(text.trim());
  }
}
