package vn.tthc.feedback;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** A file sent with an item, kept with its SHA-256 checksum; its bytes are loaded only when asked for. */
@Entity
@Table(name = "feedback_attachment")
public class Attachment {

    @Id
    private UUID id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private FeedbackItem item;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected Attachment() {
    }

    Attachment(FeedbackItem item, int position, String fileName, String mediaType, byte[] content, String sha256) {
        this.id = UUID.randomUUID();
        this.item = item;
        this.position = position;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.sha256 = sha256;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content;
    }
}
