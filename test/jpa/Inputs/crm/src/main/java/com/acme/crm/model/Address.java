package com.acme.crm.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    private String street;

    private String city;

    @Column(name = "zip", length = 10)
    private String postalCode;
}
