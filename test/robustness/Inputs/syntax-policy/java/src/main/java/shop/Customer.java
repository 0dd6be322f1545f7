package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {
    @Id
    private Long id;

    @Column(name = "email"
    private String email;

    public String greeting() {
        return "hello " + email +;
    }
}
