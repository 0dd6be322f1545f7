package com.acme.crm.model;

import com.acme.crm.convert.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Subscriber {
    @Id
    private Long id;

    private String phone;

    @Embedded
    private GeoContact geo;

    @Column(name = "phone_number")
    public String getPhone() {
        return phone;
    }

    @Column(name = "email", nullable = false)
    public String getEmail() {
        return "";
    }

    // Encrypted by EmailAddressConverter, which applies itself to every EmailAddress.
    private EmailAddress notifyTo;

    @jakarta.persistence.Convert(converter = com.acme.crm.convert.PhoneEncryptor.class)
    private String workPhone;

    @Column(name = "work_phone")
    public String getWorkPhone() {
        return workPhone;
    }
}
