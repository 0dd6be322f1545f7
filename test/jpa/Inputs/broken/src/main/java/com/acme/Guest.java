package com.acme;

import jakarta.persistence.Entity;

@Entity
public class Guest {
    private String email;

    public String getEmail() {
        return email
    }
}
