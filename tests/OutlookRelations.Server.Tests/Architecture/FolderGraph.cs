using System.Text.RegularExpressions;

namespace OutlookRelations.Server.Tests.Architecture;

/// <summary>
/// Which folders of the server use which, read from the source the way a reader sees it: a
/// <c>using OutlookRelations.Server.X</c>, a fully qualified <c>OutlookRelations.Server.X.Name</c>,
/// or a name qualified by the folder alone (<c>X.Name</c>, which C# resolves from inside the
/// server's namespace). Comments count too: a cref names a type, and prose that sends a reader to
/// another folder is coupling all the same. The files at the root (Program.cs, RecurringJobs.cs) are
/// in no folder: they are the composition root and may use them all.
/// </summary>
public sealed record FolderGraph(IReadOnlyList<string> Folders, IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Edges)
{
    public static FolderGraph Read(string serverDirectory)
    {
        // bin and obj are build output; a folder is any other directory holding C# source.
        var folders = Directory.GetDirectories(serverDirectory).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj") && Directory.EnumerateFiles(Path.Combine(serverDirectory, f), "*.cs", SearchOption.AllDirectories).Any())
            .Order(StringComparer.Ordinal).ToList();
        var edges = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();
        foreach (var folder in folders)
        {
            var uses = new Dictionary<string, List<string>>();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(serverDirectory, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(serverDirectory, file).Replace('\\', '/');
                foreach (var used in References(File.ReadAllText(file), folders).Where(u => u != folder))
                {
                    if (!uses.TryGetValue(used, out var files)) uses[used] = files = [];
                    files.Add(relative);
                }
            }
            edges[folder] = uses.ToDictionary(u => u.Key, u => (IReadOnlyList<string>)u.Value);
        }
        return new FolderGraph(folders, edges);
    }

    /// <summary>The folders a source file refers to.</summary>
    public static IReadOnlySet<string> References(string source, IEnumerable<string> folders) =>
        folders.Where(f => Regex.IsMatch(source, $@"\busing OutlookRelations\.Server\.{f}\b|\bOutlookRelations\.Server\.{f}\.|(?<![\w.]){f}\.[A-Z]\w*")).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Every group of folders that reach each other (Tarjan's strongly connected components), each
    /// as one cycle through it that a person can follow: "Sync → Notifications → Sync".
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in Next(v))
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (stack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var group = new HashSet<string>(StringComparer.Ordinal);
            string popped;
            do { popped = stack.Pop(); group.Add(popped); } while (popped != v);
            if (group.Count > 1) cycles.Add(CycleThrough(group.Min(StringComparer.Ordinal)!, group));
        }
        IEnumerable<string> Next(string v) => edges.TryGetValue(v, out var used) ? used.Keys.Order(StringComparer.Ordinal) : [];
        // The shortest way back to the start within the group (breadth first).
        IReadOnlyList<string> CycleThrough(string start, HashSet<string> group)
        {
            var from = new Dictionary<string, string>();
            var queue = new Queue<string>([start]);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                foreach (var w in Next(v).Where(group.Contains))
                {
                    if (w == start)
                    {
                        var path = new List<string> { start };
                        for (var at = v; at != start; at = from[at]) path.Insert(1, at);
                        path.Add(start);
                        return path;
                    }
                    if (from.TryAdd(w, v)) queue.Enqueue(w);
                }
            }
            throw new InvalidOperationException($"No cycle through {start}, though it is in a strongly connected group.");
        }
        foreach (var folder in edges.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(folder)) Visit(folder);
        return cycles;
    }

    /// <summary>A cycle with the files that make each of its steps, for the failure message.</summary>
    public string Explain(IReadOnlyList<string> cycle) =>
        string.Join(" → ", cycle) + ":" + string.Concat(cycle.Zip(cycle.Skip(1)).Select(step =>
            $"\n  {step.First} uses {step.Second} in {string.Join(", ", Edges[step.First][step.Second])}"));
}
