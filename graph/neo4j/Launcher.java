// Runs Neo4j Community embedded in this JVM with a Bolt endpoint, so claimgraph can use a real
// Neo4j without Docker or a Neo4j install: the jars come from Maven Central (see pom.xml).
// Compiled with plain javac and started by graph/local-neo4j.ts:
//   NEO4J_LOCAL_PASSWORD=... java -Xmx1g -cp classes:<classpath> Launcher <data dir> <bolt port>
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

public final class Launcher {
  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable e) {
      // Neo4j's own non-daemon threads would keep a half-started JVM alive; exit so the caller
      // sees the failure (the shutdown hook, if registered, still closes the store).
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NEO4J_LOCAL_PASSWORD=... java Launcher <data dir> <bolt port>");
      System.exit(2);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    // Neo4j 5 refuses passwords shorter than 8 characters; fail with a clear message instead.
    if (password == null || password.length() < 8) {
      System.err.println("Launcher: NEO4J_LOCAL_PASSWORD must be set to at least 8 characters");
      System.exit(2);
    }
    // LOAD CSV may only read from this empty folder (and file URLs are off anyway).
    Path importDir = Files.createDirectories(dataDir.resolve("import"));

    DatabaseManagementService managementService = new DatabaseManagementServiceBuilder(dataDir)
        // The user log (startup, errors) goes to stdout, which the caller writes to neo4j.log.
        .setUserLogProvider(new Log4jLogProvider(System.out))
        .setConfig(BoltConnector.enabled, true)
        // Loopback only: this is a developer database, never reachable from the network.
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
        // A local developer database has no business phoning home.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // On shutdown Bolt waits a 5 s quiet period per Netty event loop group (~11 s in all);
        // nothing arrives late on a local developer server, so let SIGTERM stop it promptly.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .build();
    // Registered right after build so SIGTERM (from stopLocalNeo4j) flushes and closes the store.
    Runtime.getRuntime().addShutdownHook(new Thread(managementService::shutdown, "neo4j-shutdown"));
    setPassword(managementService, password);
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
  }

  /**
   * The default password "neo4j" must never be usable, so ours is set on every start (the caller
   * keeps it in a 0600 file); a regenerated password file thus takes effect on the next start.
   */
  private static void setPassword(DatabaseManagementService managementService, String password) {
    try {
      managementService.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (QueryExecutionException e) {
      // Neo4j refuses to "change" a password to itself; that just means it is already ours.
      // It reports this only through the message (the status code is a generic argument error).
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
        throw e;
      }
    }
  }
}
