/** The .docx media type, apart from the writer so a face can name it without loading the writer. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
