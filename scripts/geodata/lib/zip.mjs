// The names of the entries of a zip archive, read from its central directory (enough to find the
// shapefile inside a Census download; GDAL's /vsizip/ then reads it in place).
import fs from 'node:fs';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;

/** @returns {string[]} entry names, as stored (directories end with "/") */
export function zipEntries(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tailLength = Math.min(size, 65_557); // the end record and a comment of at most 65,535 bytes
    const tail = Buffer.alloc(tailLength);
    fs.readSync(fd, tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new Error(`${file} is not a zip archive (no central directory)`);
    const count = tail.readUInt16LE(end + 10);
    const length = tail.readUInt32LE(end + 12);
    const offset = tail.readUInt32LE(end + 16);
    const directory = Buffer.alloc(length);
    fs.readSync(fd, directory, 0, length, offset);
    const names = [];
    for (let p = 0, n = 0; n < count; n++) {
      if (directory.readUInt32LE(p) !== CENTRAL_FILE_HEADER) throw new Error(`${file}: damaged central directory`);
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      names.push(directory.toString('utf8', p + 46, p + 46 + nameLength));
      p += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  } finally {
    fs.closeSync(fd);
  }
}
