package shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

@Entity
public class Account {
    @Id
    private Long id;

    // The login identifier: its name says nothing, its validator says email.
    @Email
    @NotBlank
    private String login;

    @NotBlank
    private String displayName;
}
