import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;

/** Draws the 256×256 application icon at build time (a shield with a key hole: a pledged asset). */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int s = 256;
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x1F4E79), 0, s, new Color(0x2E75B6)));
        g.fill(new RoundRectangle2D.Double(8, 8, s - 16, s - 16, 48, 48));
        g.setColor(new Color(0xF2C14E));
        g.setStroke(new BasicStroke(10f));
        g.drawRoundRect(40, 40, s - 80, s - 80, 28, 28);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 110));
        String t = "PB";
        int w = g.getFontMetrics().stringWidth(t);
        g.drawString(t, (s - w) / 2, 166);
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }
}
