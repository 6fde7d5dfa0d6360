/**
 * A file's bytes as base64, for 'clippings.importFiles'. FileReader encodes natively and off the
 * main thread's JavaScript, so a 30 MB PDF does not freeze the window the way a JS loop would.
 */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
