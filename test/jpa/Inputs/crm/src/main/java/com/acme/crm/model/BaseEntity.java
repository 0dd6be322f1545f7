package com.acme.crm.model;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

@MappedSuperclass
public abstract class BaseEntity {
    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where notifications about this record go. */
    @Column(name = "contact_email")
    private String contactEmail;

    public Long getId() {
        return id;
    }
}
