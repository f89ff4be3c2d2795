using System.Diagnostics;

namespace OutlookRelations.Server.Tests.Reports;

/// <summary>
/// Renders a workbook the way a person would see it printed: LibreOffice (Debian's
/// libreoffice-calc-nogui, headless) converts it to PDF, and poppler's pdftotext and pdftoppm read
/// the pages back as text and pixels. tests/ensure-prerequisites.sh installs both.
/// </summary>
internal static class LibreOfficeRender
{
    public sealed record Page(string Text, byte[] Rgb, int Width, int Height)
    {
        /// <summary>Pixels of a clear colour (a chart's series, a colour scale), not black, white or grey text and lines.</summary>
        public int ColouredPixels()
        {
            var count = 0;
            for (var i = 0; i + 2 < Rgb.Length; i += 3)
            {
                var (r, g, b) = (Rgb[i], Rgb[i + 1], Rgb[i + 2]);
                if (Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) > 80) count++;
            }
            return count;
        }
    }

    public static async Task<IReadOnlyList<Page>> PrintAsync(byte[] workbook)
    {
        var folder = Directory.CreateTempSubdirectory("report-render-").FullName;
        try
        {
            var xlsx = Path.Combine(folder, "report.xlsx");
            await File.WriteAllBytesAsync(xlsx, workbook);
            // Its own profile folder: LibreOffice refuses a second process on one profile.
            await RunAsync("soffice", "--headless", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", "pdf", "--outdir", folder, xlsx);
            var pdf = Path.Combine(folder, "report.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
            var pages = int.Parse((await RunAsync("pdfinfo", pdf)).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim());
            var read = new List<Page>();
            for (var p = 1; p <= pages; p++)
            {
                var text = await RunAsync("pdftotext", "-f", $"{p}", "-l", $"{p}", "-layout", pdf, "-");
                var image = Path.Combine(folder, $"page{p}");
                await RunAsync("pdftoppm", "-r", "40", "-f", $"{p}", "-l", $"{p}", "-singlefile", pdf, image);
                var (rgb, width, height) = ReadPpm(await File.ReadAllBytesAsync(image + ".ppm"));
                read.Add(new Page(text, rgb, width, height));
            }
            return read;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    // Binary PPM (P6): "P6\n{width} {height}\n255\n" then RGB bytes.
    private static (byte[] Rgb, int Width, int Height) ReadPpm(byte[] ppm)
    {
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)ppm[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)ppm[at])) at++;
            fields.Add(System.Text.Encoding.ASCII.GetString(ppm, start, at - start));
        }
        Assert.Equal("P6", fields[0]);
        return (ppm[(at + 1)..], int.Parse(fields[1]), int.Parse(fields[2]));
    }

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{program} is not installed: run tests/ensure-prerequisites.sh (Debian: libreoffice-calc-nogui, poppler-utils).");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {await errors}");
            return await output;
        }
    }
}
