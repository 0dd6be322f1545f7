package com.acme;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class User {
    @Id
    private Long id;

    @Convert(converter = CryptoConverter.class)
    private String email;
}
