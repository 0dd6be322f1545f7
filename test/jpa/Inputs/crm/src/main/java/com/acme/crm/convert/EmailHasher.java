package com.acme.crm.convert;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.apache.commons.codec.digest.DigestUtils;

@Converter
public class EmailHasher implements AttributeConverter<String, String> {
    @Override
    public String convertToDatabaseColumn(String value) {
        return value == null ? null : DigestUtils.sha256Hex(value.toLowerCase());
    }

    @Override
    public String convertToEntityAttribute(String value) {
        return value;
    }
}
