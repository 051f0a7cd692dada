/** A chosen or dropped file as text, with progress; UTF-8, or the Windows code page spreadsheets often save in. */

function readAs(file: File, encoding: string, onProgress: (done: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total) onProgress(event.loaded / event.total);
    };
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, encoding);
  });
}

export async function readFileText(file: File, onProgress: (done: number) => void): Promise<string> {
  const text = await readAs(file, 'utf-8', onProgress);
  // Bytes that are not UTF-8 decode as U+FFFD: read the file again as Windows-1252.
  return text.includes('\uFFFD') ? readAs(file, 'windows-1252', onProgress) : text;
}
