package com.acme.crm.model;

import jakarta.persistence.Embeddable;

@Embeddable
public record GeoContact(String city, String landline) {
}
