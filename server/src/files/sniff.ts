import FileType from 'file-type';
import { imageSize } from 'image-size';
import type { UploadedFileFacts } from '../domain/application';

/**
 * Reads what an uploaded file really is from its bytes: the media type from
 * its magic number (file-type), and for images their pixel dimensions.
 */
export async function sniffFile(bytes: Buffer): Promise<UploadedFileFacts> {
  if (bytes.length === 0) return { size: 0, sniffedType: null };
  const detected = await FileType.fromBuffer(bytes);
  const facts: UploadedFileFacts = { size: bytes.length, sniffedType: detected?.mime ?? null };
  if (detected?.mime.startsWith('image/')) {
    try {
      const dimensions = imageSize(bytes);
      facts.width = dimensions.width;
      facts.height = dimensions.height;
    } catch {
      // A truncated image keeps its sniffed type but gets no dimensions.
    }
  }
  return facts;
}
