package vn.tthc.platform.documents;

/**
 * An exported file: its bytes, media type, the ASCII file name every client understands and the Vietnamese one
 * a person reads ({@link DownloadNames}).
 */
public record DocumentFile(byte[] content, String mediaType, String asciiName, String vietnameseName) {

    /** The {@code Content-Disposition} of the download: both names (RFC 6266 {@code filename} and {@code filename*}). */
    public String contentDisposition() {
        return DownloadNames.contentDisposition(asciiName, vietnameseName);
    }
}
