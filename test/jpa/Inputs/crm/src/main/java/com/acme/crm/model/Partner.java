package com.acme.crm.model;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

// Renames the column it inherits from BaseEntity.
@Entity
@AttributeOverride(name = "contactEmail", column = @Column(name = "partner_email"))
public class Partner extends BaseEntity {
    private Integer tier;
}
