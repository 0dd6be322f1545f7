package com.acme.crm.convert;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Normalises user input; stores the value as typed, minus blanks. */
@Converter
public class TrimConverter implements AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String value) {
        return value == null ? null : value.trim();
    }

    @Override
    public String convertToEntityAttribute(String value) {
        return value;
    }
}
