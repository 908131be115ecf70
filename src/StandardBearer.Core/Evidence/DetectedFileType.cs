namespace StandardBearer.Core.Evidence;

public enum FileKind
{
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Csv,
    Txt,
    Png,
    Jpeg,
}

/// <summary>A file type decided from the bytes: the media type to serve it with and the extension to name it with.</summary>
public sealed record DetectedFileType(FileKind Kind, string MediaType, string Extension)
{
    public static readonly DetectedFileType Pdf = new(FileKind.Pdf, "application/pdf", ".pdf");
    public static readonly DetectedFileType Docx = new(FileKind.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly DetectedFileType Xlsx = new(FileKind.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
    public static readonly DetectedFileType Pptx = new(FileKind.Pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx");
    public static readonly DetectedFileType Odt = new(FileKind.Odt, "application/vnd.oasis.opendocument.text", ".odt");
    public static readonly DetectedFileType Ods = new(FileKind.Ods, "application/vnd.oasis.opendocument.spreadsheet", ".ods");
    public static readonly DetectedFileType Csv = new(FileKind.Csv, "text/csv", ".csv");
    public static readonly DetectedFileType Txt = new(FileKind.Txt, "text/plain", ".txt");
    public static readonly DetectedFileType Png = new(FileKind.Png, "image/png", ".png");
    public static readonly DetectedFileType Jpeg = new(FileKind.Jpeg, "image/jpeg", ".jpg");
}
