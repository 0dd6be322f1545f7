package com.acme.crm.model;

// Not persistent: a record without JPA annotations.
public record ContactDto(String email, String phone) {
}
