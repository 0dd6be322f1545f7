package org.example;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

// A mapped superclass that extends its own subclass and an embeddable that
// embeds itself: both are mapping errors; privlint reads each class once.
@Entity
public class Folder extends Audited {
    private String ownerEmail;

    @Embedded
    private Location location;
}

@MappedSuperclass
class Audited extends Folder {
    private String auditorPhone;
}

@Embeddable
class Location {
    private Location parent;

    private String street;
}
