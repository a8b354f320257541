namespace Vms.Storage.Segments;

/// <summary>
/// The file operations of the segment store, behind an interface so tests can inject faults (disk full, torn
/// writes) and count what was flushed.
/// </summary>
internal interface ISegmentFileSystem
{
    /// <summary>Creates a new file (and its directory); fails when it exists.</summary>
    ISegmentFile CreateNew(string path);

    /// <summary>Opens an existing file for reading, or reading and writing.</summary>
    ISegmentFile Open(string path, bool writable);

    /// <summary>Renames a file; fails when the destination exists.</summary>
    void Move(string source, string destination);

    void Delete(string path);

    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>Files of <paramref name="directory"/> matching <paramref name="pattern"/>; empty when it does not exist.</summary>
    IEnumerable<string> EnumerateFiles(string directory, string pattern, bool recursive);

    /// <summary>Sub-directories of <paramref name="directory"/>; empty when it does not exist.</summary>
    IEnumerable<string> EnumerateDirectories(string directory);
}
