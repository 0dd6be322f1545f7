package com.acme.crm.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

// Property access: the identifier is mapped on its getter.
@Entity(name = "Organization")
public class Company {
    private Long id;
    private String supportEmail;
    private String name;

    @Id
    public Long getId() {
        return id;
    }

    @Column(name = "support_email", nullable = false)
    public String getSupportEmail() {
        return supportEmail;
    }

    public String getName() {
        return name;
    }

    @Transient
    public String getDisplayEmail() {
        return name + " <" + supportEmail + ">";
    }
}
