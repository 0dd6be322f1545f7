package com.acme.crm.model;

import jakarta.persistence.Entity;

// Single-table inheritance (the default): its rows live in "customers".
@Entity
public class VipCustomer extends Customer {
    private String assistantPhone;
}
