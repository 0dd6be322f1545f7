package com.acme.crm.convert;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.security.crypto.encrypt.TextEncryptor;

@Converter(autoApply = true)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {
    private static TextEncryptor encryptor;

    @Override
    public String convertToDatabaseColumn(EmailAddress address) {
        return address == null ? null : encryptor.encrypt(address.value());
    }

    @Override
    public EmailAddress convertToEntityAttribute(String stored) {
        return stored == null ? null : new EmailAddress(encryptor.decrypt(stored));
    }
}
