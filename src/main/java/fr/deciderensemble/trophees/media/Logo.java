package fr.deciderensemble.trophees.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A PNG or JPEG image printed next to an organisation or a laureate. */
@Entity
public class Logo {

    @Id
    @GeneratedValue(generator = "ids")
    private Long id;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private byte[] content;

    protected Logo() {
    }

    public Logo(String mediaType, byte[] content) {
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    public Long getId() {
        return id;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
