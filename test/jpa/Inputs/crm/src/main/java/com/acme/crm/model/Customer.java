package com.acme.crm.model;

import com.acme.crm.convert.EmailHasher;
import com.acme.crm.convert.PhoneEncryptor;
import com.acme.crm.convert.TrimConverter;
import com.acme.phone.PhoneNumber;
import com.acme.phone.PhoneNumberConverter;
import com.acme.security.CryptoConverter;
import com.acme.vault.VaultConverter;
import jakarta.persistence.*;
import java.util.List;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "customers", schema = "crm")
public class Customer extends BaseEntity {
    private static final String MOBILE_COLUMN = "mobile_phone";

    private String email;

    @Column(name = MOBILE_COLUMN)
    private String mobile;

    @Convert(converter = PhoneEncryptor.class)
    private String phone;

    @Convert(converter = CryptoConverter.class)
    private String backupEmail;

    @Convert(converter = VaultConverter.class)
    private String workEmail;

    @Convert(converter = TrimConverter.class)
    private String altEmail;

    @Convert(converter = EmailHasher.class)
    @Column(name = "login_email_sha256")
    private String loginEmail;

    @ColumnTransformer(
        read = "pgp_sym_decrypt(home_phone, current_setting('app.key'))",
        write = "pgp_sym_encrypt(?, " + "current_setting('app.key'))")
    @Column(name = "home_phone", columnDefinition = "bytea")
    private String homePhone;

    @ColumnTransformer(read = "lower(fax)", write = "lower(?)")
    private String fax;

    private byte[] recoveryEmail;

    // privlint:encrypted (the DBA encrypts this column with TDE)
    private String pagerNumber;

    private boolean emailVerified;

    @Transient
    private String emailConfirmation;

    private transient String typedPhone;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "billing_street")),
        @AttributeOverride(name = "city", column = @Column(name = "billing_city"))
    })
    private Address billingAddress;

    private Address shippingAddress;

    @ManyToOne
    @JoinColumn(name = "company_id")
    private Company company;

    @OneToMany(mappedBy = "customer")
    private List<Order> orders;

    // Named only by its type.
    @Convert(converter = PhoneNumberConverter.class)
    private PhoneNumber fallback;

    @ColumnTransformer(write = "digest(?, 'sha256')")
    private String lookupPhone;

    @org.hibernate.annotations.Type(type = "encryptedString")
    private String personalEmail;

    // The column it maps to is named for a hash (JHipster's password ->
    // password_hash): the column's name says how the value is stored.
    @Column(name = "secondary_email_hash")
    private String secondaryEmail;
}
