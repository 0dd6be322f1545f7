package com.acme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Member {
    @Id
    private Long id;

    private String email;

    @Column(name = "phone" nullable = false)
    private String phone;

    private String mobile;
}
