import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Gendan app icon (a blue rounded square with 跟 and three kanban bars) at the sizes
 * jpackage and the window need. Run: java -Djava.awt.headless=true installer/MakeIcon.java
 * (needs a CJK font such as Noto Sans CJK).
 */
public class MakeIcon {
    public static void main(String[] args) throws Exception {
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            ImageIO.write(draw(size), "png", new File("installer/icons/gendan-" + size + ".png"));
        }
    }

    static BufferedImage draw(int s) {
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float r = s * 0.22f;
        g.setPaint(new GradientPaint(0, 0, new Color(0x2f, 0x80, 0xed), s, s, new Color(0x1a, 0x4f, 0xb5)));
        g.fill(new RoundRectangle2D.Float(0, 0, s, s, r, r));
        // three kanban bars along the bottom
        g.setColor(new Color(255, 255, 255, 90));
        float bw = s * 0.18f;
        float gap = s * 0.07f;
        float x0 = (s - 3 * bw - 2 * gap) / 2;
        float[] heights = {0.16f, 0.24f, 0.12f};
        for (int i = 0; i < 3; i++) {
            float h = s * heights[i];
            g.fill(new RoundRectangle2D.Float(x0 + i * (bw + gap), s * 0.9f - h, bw, h, s * 0.04f, s * 0.04f));
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font("Noto Sans CJK SC", Font.BOLD, Math.round(s * 0.56f)));
        var fm = g.getFontMetrics();
        String text = "跟";
        g.drawString(text, (s - fm.stringWidth(text)) / 2f, s * 0.62f);
        g.dispose();
        return img;
    }
}
