package fr.deciderensemble.trophees.candidacy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact person of a dossier, as stored; staff see them, the booklet never prints them. */
@Embeddable
public class DossierContact {

    @Column(length = DossierContent.SHORT)
    private String name;

    @Column(length = DossierContent.SHORT)
    private String role;

    @Column(length = DossierContent.EMAIL)
    private String email;

    @Column(length = DossierContent.PHONE)
    private String phone;

    protected DossierContact() {
    }

    DossierContact(DossierContent.Contact contact) {
        this.name = contact.name();
        this.role = contact.role();
        this.email = contact.email();
        this.phone = contact.phone();
    }

    DossierContent.Contact contact() {
        return new DossierContent.Contact(name, role, email, phone);
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }
}
